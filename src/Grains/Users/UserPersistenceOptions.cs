namespace SanguoOrleans.Grains.Users;

/// <summary>How users' lazily saved groups are flushed, bound from the "Users" configuration section.</summary>
public sealed class UserPersistenceOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Users";

    /// <summary>
    /// How long a changed lazy group waits before it is written; changes within that time share one write.
    /// Each flush waits a random part of this longer again, so users who changed together do not flush together.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a session token stays valid without being used.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(7);
}
