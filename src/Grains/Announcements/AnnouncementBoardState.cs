using SanguoOrleans.Grains.Interfaces.Announcements;

namespace SanguoOrleans.Grains.Announcements;

/// <summary>The persisted content of one announcement board.</summary>
[GenerateSerializer, Alias("sanguo.AnnouncementBoardState")]
internal sealed class AnnouncementBoardState
{
    /// <summary>Retained announcements, oldest first.</summary>
    [Id(0)] public List<Announcement> Items { get; set; } = [];

    /// <summary>The id of the newest announcement ever posted.</summary>
    [Id(1)] public long LastId { get; set; }
}
