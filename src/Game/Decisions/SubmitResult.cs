namespace SanguoOrleans.Game.Decisions;

/// <summary>Why a decision was refused.</summary>
public enum RefusalReason
{
    /// <summary>Accepted.</summary>
    None,
    /// <summary>The game is over.</summary>
    GameOver,
    /// <summary>The decision answers another request id.</summary>
    StaleRequest,
    /// <summary>This seat is not asked, or has already answered.</summary>
    NotAsked,
    /// <summary>Passing is not allowed here.</summary>
    CannotPass,
    /// <summary>A card is not among the legal ones, or the count is wrong.</summary>
    IllegalCards,
    /// <summary>The targets are not legal for the chosen action.</summary>
    IllegalTargets,
    /// <summary>The option or hero is not offered.</summary>
    IllegalOption,
}

/// <summary>Outcome of <c>GameEngine.Submit</c>: accepted, or refused with a reason (state unchanged).</summary>
public sealed record SubmitResult(bool Accepted, RefusalReason Reason, string Message)
{
    /// <summary>The accepted result.</summary>
    public static SubmitResult Ok { get; } = new(true, RefusalReason.None, "");

    /// <summary>A refusal.</summary>
    public static SubmitResult Refuse(RefusalReason reason, string message) => new(false, reason, message);
}
