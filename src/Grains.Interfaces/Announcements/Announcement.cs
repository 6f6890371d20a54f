namespace SanguoOrleans.Grains.Interfaces.Announcements;

/// <summary>One posted announcement; ids grow by one per board.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.Announcement")]
public sealed record Announcement(long Id, string Text, DateTimeOffset PostedAt)
{
    /// <summary>The longest text a board accepts.</summary>
    public const int MaxLength = 500;
}
