using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Interfaces.Chat;

/// <summary>
/// Chat channel keys: "world", "table:&lt;table id&gt;" and "private:&lt;user&gt;:&lt;user&gt;" with the two user ids in
/// ascending order, so both people of a private conversation reach the same grain.
/// </summary>
public static class ChatChannels
{
    /// <summary>The channel everyone may join.</summary>
    public const string World = "world";

    /// <summary>The longest message accepted, in UTF-16 characters.</summary>
    public const int MaxMessageLength = 200;

    /// <summary>How many recent messages a channel keeps and returns on join.</summary>
    public const int HistorySize = 50;

    /// <summary>Messages one user may send to one channel per <see cref="RateWindow"/>.</summary>
    public const int MessagesPerWindow = 5;

    /// <summary>The longest mute, in minutes (one week).</summary>
    public const int MaxMuteMinutes = 7 * 24 * 60;

    /// <summary>The window of the per-user rate limit.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

    private const string TablePrefix = "table:";
    private const string PrivatePrefix = "private:";

    /// <summary>The channel of a table's players and spectators.</summary>
    public static string Table(string tableId) => TablePrefix + tableId;

    /// <summary>The private channel of two users (the same key whichever of them asks).</summary>
    public static string Private(Guid a, Guid b) =>
        a.CompareTo(b) <= 0 ? $"{PrivatePrefix}{a:D}:{b:D}" : $"{PrivatePrefix}{b:D}:{a:D}";

    /// <summary>The table id of a table channel, or null.</summary>
    public static string? TableOf(string channel) =>
        channel.StartsWith(TablePrefix, StringComparison.Ordinal) && TableIds.IsValid(channel[TablePrefix.Length..]) ? channel[TablePrefix.Length..] : null;

    /// <summary>The two users of a private channel, or null.</summary>
    public static (Guid A, Guid B)? UsersOf(string channel)
    {
        var parts = channel.Split(':');
        return parts is [PrivatePrefixName, var a, var b] && Guid.TryParse(a, out var first) && Guid.TryParse(b, out var second) && channel == Private(first, second)
            ? (first, second)
            : null;
    }

    /// <summary>Whether <paramref name="channel"/> is a key this module hands out.</summary>
    public static bool IsValid(string channel) => channel == World || TableOf(channel) is not null || UsersOf(channel) is not null;

    private const string PrivatePrefixName = "private";
}
