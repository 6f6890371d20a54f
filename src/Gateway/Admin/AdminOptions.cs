namespace SanguoOrleans.Gateway.Admin;

/// <summary>Settings of the operator (GM) endpoints, bound from the "Admin" configuration section.</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Admin";

    /// <summary>The header every admin request carries the key in.</summary>
    public const string KeyHeader = "X-Admin-Key";

    /// <summary>The optional header naming the operator, for the audit log.</summary>
    public const string OperatorHeader = "X-Admin-Operator";

    /// <summary>The shared secret of the admin endpoints; when empty the endpoints are not mapped at all.</summary>
    public string? Key { get; set; }

    /// <summary>Whether a key is configured, i.e. whether the admin endpoints exist.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Key);
}
