using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private readonly HashSet<int> answered = [];
    private readonly Dictionary<int, Decision> collected = [];
    private IReadOnlyList<DecisionRequest> pending = [];
    private RequestMode pendingMode;
    private RuleTask<Decision?>? pendingOne;
    private RuleTask<IReadOnlyDictionary<int, Decision>>? pendingAll;
    private int nextRequestId;

    /// <summary>Submits a decision; an illegal one is refused with a reason and changes nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public SubmitResult Submit(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (IsOver)
        {
            return SubmitResult.Refuse(RefusalReason.GameOver, "the game is over");
        }

        if (pending.Count == 0 || decision.RequestId != pending[0].Id)
        {
            return SubmitResult.Refuse(RefusalReason.StaleRequest, $"request {decision.RequestId} is not pending");
        }

        var request = PendingFor(decision.Seat);
        if (request is null)
        {
            return SubmitResult.Refuse(RefusalReason.NotAsked, $"seat {decision.Seat} is not asked");
        }

        // Clients may omit empty lists; the log keeps a normalized form so replays compare equal.
        if (decision.Cards is null || decision.Targets is null)
        {
            decision = decision with { Cards = decision.Cards ?? [], Targets = decision.Targets ?? [] };
        }
        var check = DecisionValidator.Check(this, request, decision);
        if (!check.Accepted)
        {
            return check;
        }

        log.Add(decision);
        Resume(decision);
        ThrowIfBroken();
        return SubmitResult.Ok;
    }

    /// <summary>The time-out answer for a request: pass when allowed, otherwise the forced minimum.</summary>
    public static Decision DefaultDecision(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CanPass)
        {
            return Decision.PassOn(request);
        }

        return request.Kind switch
        {
            RequestKind.ChooseHero => Decision.ChooseHero(request, request.Heroes[0]),
            RequestKind.SelectCards => Decision.With(request, [.. request.Cards.Take(request.MinCount)]),
            RequestKind.ChooseCard when request.Options.Contains("hand") => Decision.Choose(request, "hand"),
            RequestKind.ChooseCard => Decision.With(request, [request.Cards[0]]),
            RequestKind.ChooseOption => Decision.Choose(request, request.Options[0]),
            _ => Decision.PassOn(request),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private void Resume(Decision decision)
    {
        switch (pendingMode)
        {
            case RequestMode.One:
                Finish(decision.Pass ? null : decision);
                break;
            case RequestMode.Race:
                answered.Add(decision.Seat);
                if (!decision.Pass)
                {
                    Finish(decision);
                }
                else if (answered.Count == pending.Count)
                {
                    Finish(null);
                }

                break;
            default:
                answered.Add(decision.Seat);
                collected[decision.Seat] = decision;
                if (answered.Count == pending.Count)
                {
                    var all = new Dictionary<int, Decision>(collected);
                    var step = pendingAll!;
                    ClearPending();
                    step.Complete(all, null);
                }

                break;
        }
    }

    private void Finish(Decision? decision)
    {
        var step = pendingOne!;
        ClearPending();
        step.Complete(decision, null);
    }

    private void ClearPending()
    {
        pending = [];
        answered.Clear();
        collected.Clear();
        pendingOne = null;
        pendingAll = null;
    }

    /// <summary>Asks one player; completes with null on a pass.</summary>
    internal RuleTask<Decision?> Ask(DecisionRequest request) => AskRace([request], RequestMode.One);

    /// <summary>Asks several players at once; the first non-pass answer wins, null when all pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal RuleTask<Decision?> AskRace(IReadOnlyList<DecisionRequest> copies, RequestMode mode = RequestMode.Race)
    {
        if (lostPending is { Count: > 0 })
        {
            return FlushThenAsk(copies, mode);
        }

        var step = new RuleTask<Decision?>();
        if (copies.Count == 0)
        {
            step.Complete(null, null);
            return step;
        }

        pending = copies;
        pendingMode = mode;
        pendingOne = step;
        return step;
    }

    /// <summary>Asks several players who all answer independently.</summary>
    internal RuleTask<IReadOnlyDictionary<int, Decision>> AskAll(IReadOnlyList<DecisionRequest> copies)
    {
        var step = new RuleTask<IReadOnlyDictionary<int, Decision>>();
        pending = copies;
        pendingMode = RequestMode.All;
        pendingAll = step;
        return step;
    }

    /// <summary>Allocates the id shared by every copy of the next request.</summary>
    internal int NewRequestId() => ++nextRequestId;

    /// <summary>Builds a single-player request with the usual empty defaults.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal DecisionRequest Request(
        int seat,
        RequestKind kind,
        string reason,
        int id = 0,
        RequestMode mode = RequestMode.One,
        IReadOnlyList<int>? players = null,
        DeadlineClass deadline = DeadlineClass.Response,
        int source = -1,
        int subject = -1,
        CardName? trick = null,
        int depth = 0,
        IReadOnlyList<CardName>? wanted = null,
        IReadOnlyList<int>? cards = null,
        int minCount = 0,
        int maxCount = 0,
        bool canPass = true,
        IReadOnlyList<string>? options = null,
        IReadOnlyList<PlayOption>? plays = null,
        IReadOnlyList<string>? heroes = null) =>
        new(
            id == 0 ? NewRequestId() : id,
            seat,
            kind,
            mode,
            players ?? SeatList(seat),
            deadline,
            reason,
            source,
            subject,
            trick,
            depth,
            wanted ?? NoNames,
            cards ?? NoIds,
            minCount,
            maxCount,
            canPass,
            options ?? NoStrings,
            plays ?? NoPlays,
            heroes ?? NoStrings);

    private static readonly CardName[] NoNames = [];
    private static readonly string[] NoStrings = [];
    private static readonly PlayOption[] NoPlays = [];

    /// <summary>Test hook: recomputes the pending play request's options after a test arranged the state.</summary>
    internal void RefreshPlayRequest()
    {
        if (pending is [{ Kind: RequestKind.Play } play])
        {
            pending = [play with { Plays = PlayOptions(play.Seat) }];
        }
    }
}
