namespace SanguoOrleans.Game.Flow;

/// <summary>Unwinds every pending rules step when the game ends (the seed's GameOver / QSanguosha's GameFinished).</summary>
internal sealed class GameEndedSignal : Exception
{
    public GameEndedSignal()
        : base("game ended")
    {
    }
}

/// <summary>Unwinds the current turn when its player dies (QSanguosha's TurnBroken).</summary>
internal sealed class TurnAbortedSignal : Exception
{
    public TurnAbortedSignal()
        : base("turn aborted")
    {
    }
}
