using Orleans.Concurrency;

namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>
/// A connection that also hears ladder events. The user grain reaches it through the session observer it already
/// holds (the same object; <c>AsReference</c>), so sessions need no second registration.
/// </summary>
public interface ILadderObserver : IGrainObserver
{
    /// <summary>A ladder event for this connection's user.</summary>
    [OneWay]
    Task LadderNotified(LadderNotice notice);
}
