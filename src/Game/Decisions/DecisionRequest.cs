using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Decisions;

/// <summary>
/// A question the engine waits on, as seen by one asked player (<paramref name="Seat"/>). All copies of one
/// request share <paramref name="Id"/> and <paramref name="Players"/>; options may differ per player.
/// </summary>
/// <param name="Id">Sequence number of the request in the game.</param>
/// <param name="Seat">The player this copy is for.</param>
/// <param name="Kind">What is asked.</param>
/// <param name="Mode">Single player, race or all.</param>
/// <param name="Players">Seats asked by this request as this player may know them: everyone for hero choice, only the
/// player itself in a race (the racers' list would reveal who holds the card); <c>GameEngine.Pending</c> has every copy.</param>
/// <param name="Deadline">Deadline class.</param>
/// <param name="Reason">Why it is asked, e.g. "slash", "duel", "discard_phase", "ice_sword".</param>
/// <param name="Source">The player who caused the question (user of the card), −1 if none.</param>
/// <param name="Subject">The player affected (target, dying player…), −1 if none.</param>
/// <param name="Trick">For nullification and responses: the card name being answered.</param>
/// <param name="Depth">Nullification chain depth: 0 = against the trick itself, 1 = against a 无懈可击 …</param>
/// <param name="Wanted">Card names that answer a Respond/Peach request.</param>
/// <param name="Cards">Selectable card ids (own cards, or visible cards of another player).</param>
/// <param name="MinCount">Fewest cards to select (SelectCards).</param>
/// <param name="MaxCount">Most cards to select (SelectCards).</param>
/// <param name="CanPass">Whether passing is a legal answer.</param>
/// <param name="Options">Selectable named options.</param>
/// <param name="Plays">Play phase: the legal actions.</param>
/// <param name="Heroes">Hero ids offered (ChooseHero).</param>
public sealed record DecisionRequest(
    int Id,
    int Seat,
    RequestKind Kind,
    RequestMode Mode,
    IReadOnlyList<int> Players,
    DeadlineClass Deadline,
    string Reason,
    int Source,
    int Subject,
    CardName? Trick,
    int Depth,
    IReadOnlyList<CardName> Wanted,
    IReadOnlyList<int> Cards,
    int MinCount,
    int MaxCount,
    bool CanPass,
    IReadOnlyList<string> Options,
    IReadOnlyList<PlayOption> Plays,
    IReadOnlyList<string> Heroes);
