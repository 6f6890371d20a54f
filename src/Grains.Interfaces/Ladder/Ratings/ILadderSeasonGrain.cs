namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>A ladder's season number (key: the ladder id). Seasons start at 1 and move on only when told to.</summary>
public interface ILadderSeasonGrain : IGrainWithStringKey
{
    /// <summary>The current season.</summary>
    Task<int> GetSeasonAsync();

    /// <summary>Ends the current season and returns the new one's number; players are reset lazily.</summary>
    Task<int> StartNextSeasonAsync();
}
