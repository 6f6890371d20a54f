using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

namespace SanguoOrleans.Grains.Ladder.Ratings;

internal sealed class LadderSeasonGrain(
    [PersistentState("ladder-season", StorageNames.Default)] IPersistentState<LadderSeasonState> storage) : Grain, ILadderSeasonGrain
{
    public Task<int> GetSeasonAsync() => Task.FromResult(storage.State.Season);

    public async Task<int> StartNextSeasonAsync()
    {
        storage.State.Season++;
        try
        {
            await storage.WriteStateAsync();
        }
        catch
        {
            storage.State.Season--;
            throw;
        }

        return storage.State.Season;
    }
}
