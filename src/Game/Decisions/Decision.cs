namespace SanguoOrleans.Game.Decisions;

/// <summary>A player's answer to a <see cref="DecisionRequest"/>.</summary>
/// <param name="RequestId">The request answered.</param>
/// <param name="Seat">Who answers.</param>
/// <param name="Pass">Declines (no card, end the play phase, do not invoke).</param>
/// <param name="Cards">Chosen card ids.</param>
/// <param name="Targets">Chosen target seats.</param>
/// <param name="Option">Chosen option (play action kind, named option, "hand").</param>
/// <param name="Hero">Chosen hero id.</param>
public sealed record Decision(
    int RequestId,
    int Seat,
    bool Pass,
    IReadOnlyList<int> Cards,
    IReadOnlyList<int> Targets,
    string? Option = null,
    string? Hero = null)
{
    /// <summary>A pass.</summary>
    public static Decision PassOn(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, request.Seat, true, [], []);
    }

    /// <summary>Answer with cards (and optionally targets / option).</summary>
    public static Decision With(DecisionRequest request, IReadOnlyList<int> cards, IReadOnlyList<int>? targets = null, string? option = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, request.Seat, false, cards, targets ?? [], option);
    }

    /// <summary>Answer with a named option.</summary>
    public static Decision Choose(DecisionRequest request, string option)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, request.Seat, false, [], [], option);
    }

    /// <summary>Answer with a hero.</summary>
    public static Decision ChooseHero(DecisionRequest request, string hero)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, request.Seat, false, [], [], null, hero);
    }
}
