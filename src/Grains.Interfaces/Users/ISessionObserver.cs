using Orleans.Concurrency;

namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>The connection a session is attached to; the gateway registers one per logged-in connection.</summary>
public interface ISessionObserver : IGrainObserver
{
    /// <summary>The session is over; the connection should say why and close.</summary>
    [OneWay]
    Task SessionEnded(SessionEndReason reason);
}
