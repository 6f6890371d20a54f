namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>The system clock moved by a settable offset: time still passes (table deadlines fire), and tests jump across days.</summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock so that it reads <paramref name="now"/> at this moment.</summary>
    public void Set(DateTimeOffset now) => Offset = now - System.GetUtcNow();
}
