namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>Table ids: short, so ids derived from them fit the wallet's 64-character operation ids.</summary>
public static class TableIds
{
    /// <summary>The longest table id accepted.</summary>
    public const int MaxLength = 16;

    /// <summary>A fresh random id.</summary>
    public static string New() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Whether <paramref name="id"/> has 1 to 16 letters, digits, '-' or '_'.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// The wallet operation id of a user's reward for a table's game: the same on every retry, so it is paid once.
    /// The user id is written without dashes to stay within the 64 characters.
    /// </summary>
    public static string RewardOperationId(string tableId, Guid userId) => $"table:{tableId}:reward:{userId:N}";
}
