using System.Text.RegularExpressions;

namespace SanguoOrleans.Grains.Interfaces.Accounts;

/// <summary>The rules for account names and passwords, checked where requests enter and again in the grain.</summary>
public static partial class AccountNames
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>The longest password accepted; longer input is refused before it reaches the hasher.</summary>
    public const int MaxPasswordLength = 128;

    /// <summary>Whether <paramref name="name"/> is 3–32 characters of ASCII letters, digits, '_', '.', '-'.</summary>
    public static bool IsValid(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>The grain key of an account: names are case-insensitive, and the prefix keeps all-digit names apart from numbers.</summary>
    public static string Key(string name) => "account/" + name.ToLowerInvariant();

    [GeneratedRegex("^[A-Za-z0-9_.-]{3,32}$")]
    private static partial Regex NamePattern();
}
