namespace SanguoOrleans.Game.Events;

/// <summary>Who receives an event.</summary>
public enum Visibility
{
    /// <summary>Every player and spectator.</summary>
    Everyone,
    /// <summary>Only the seats in the audience.</summary>
    Only,
    /// <summary>Everyone except the seats in the audience (the redacted copy of an <see cref="Only"/> event).</summary>
    AllExcept,
}
