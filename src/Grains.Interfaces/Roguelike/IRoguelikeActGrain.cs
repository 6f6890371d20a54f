using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Interfaces.Roguelike;

/// <summary>
/// One user's 山河图 activity (key: <see cref="RoguelikeIds.ActKey"/>) and the single writer of its data: the daily
/// stamina reset, the run (map, position, hero state), its rewards and its shop purchases. Every change is stored
/// before it is acknowledged. Battle tables report their results to it as an <see cref="ITableResultListener"/>.
/// </summary>
public interface IRoguelikeActGrain : IGrainWithStringKey, ITableResultListener
{
    /// <summary>The activity as the user sees it (applying the daily reset when due).</summary>
    Task<Outcome<RoguelikeView>> GetAsync();

    /// <summary>Starts a new run with <paramref name="heroId"/>; refused while a run is being played.</summary>
    Task<Outcome<RoguelikeView>> StartRunAsync(string heroId);

    /// <summary>Moves to a node the current one leads to, spending one stamina; the current node must be cleared.</summary>
    Task<Outcome<RoguelikeView>> MoveAsync(int nodeId);

    /// <summary>Opens (or returns) the battle table of the current battle node; the user joins it by its id.</summary>
    Task<Outcome<string>> FightAsync();

    /// <summary>Pays the reward earned at <paramref name="nodeId"/> through the wallet, once.</summary>
    Task<Outcome<RoguelikeView>> ClaimAsync(int nodeId);

    /// <summary>Buys <paramref name="boon"/> at the shop the hero stands at (<paramref name="nodeId"/>), once per shop, charging its price first.</summary>
    Task<Outcome<RoguelikeView>> BuyAsync(int nodeId, string boon);
}
