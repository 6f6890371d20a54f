namespace SanguoOrleans.Grains.Interfaces.Announcements;

/// <summary>
/// A board of server announcements (the lobby's notice board), keyed by board name such as "lobby".
/// A post is durable before the call returns.
/// </summary>
public interface IAnnouncementBoardGrain : IGrainWithStringKey
{
    /// <summary>Adds an announcement; refused with <see cref="ArgumentException"/> when the text is empty or too long.</summary>
    Task<Announcement> PostAsync(string text);

    /// <summary>The newest announcements, newest first.</summary>
    Task<IReadOnlyList<Announcement>> GetRecentAsync(int count);
}
