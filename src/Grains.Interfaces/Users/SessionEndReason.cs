namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>Why a session ended. Values are part of the client protocol: never renumber.</summary>
public enum SessionEndReason
{
    /// <summary>The player logged out.</summary>
    Logout = 1,

    /// <summary>The connection dropped.</summary>
    Disconnected = 2,

    /// <summary>The same user logged in elsewhere.</summary>
    ReplacedByNewLogin = 3,

    /// <summary>An operator ended the session.</summary>
    Kicked = 4,

    /// <summary>The account was banned.</summary>
    Banned = 5,
}
