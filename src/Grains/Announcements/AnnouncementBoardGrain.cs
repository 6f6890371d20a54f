using SanguoOrleans.Grains.Interfaces.Announcements;

namespace SanguoOrleans.Grains.Announcements;

internal sealed class AnnouncementBoardGrain(
    [PersistentState("announcement-board", StorageNames.Default)] IPersistentState<AnnouncementBoardState> board,
    TimeProvider clock) : Grain, IAnnouncementBoardGrain
{
    // Old announcements are of no use to players and would grow the row without bound.
    private const int Retained = 100;

    public async Task<Announcement> PostAsync(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length is 0 or > Announcement.MaxLength)
        {
            throw new ArgumentException($"An announcement needs 1 to {Announcement.MaxLength} characters.", nameof(text));
        }

        var state = board.State;
        var announcement = new Announcement(state.LastId + 1, text, clock.GetUtcNow());
        state.Items.Add(announcement);
        state.LastId = announcement.Id;
        if (state.Items.Count > Retained)
        {
            state.Items.RemoveRange(0, state.Items.Count - Retained);
        }

        // Written before the reply: an acknowledged post survives the loss of this silo.
        await board.WriteStateAsync();
        return announcement;
    }

    public Task<IReadOnlyList<Announcement>> GetRecentAsync(int count)
    {
        IReadOnlyList<Announcement> recent = board.State.Items.AsEnumerable().Reverse().Take(Math.Clamp(count, 0, Retained)).ToList();
        return Task.FromResult(recent);
    }
}
