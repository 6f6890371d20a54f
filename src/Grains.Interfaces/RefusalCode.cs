namespace SanguoOrleans.Grains.Interfaces;

/// <summary>Every reason a grain refuses a request. Values are part of the client protocol: never renumber.</summary>
public enum RefusalCode
{
    /// <summary>Not a refusal.</summary>
    None = 0,

    /// <summary>An argument is malformed or out of range.</summary>
    InvalidArgument = 1,

    /// <summary>The account name is already registered.</summary>
    AccountTaken = 10,

    /// <summary>No account has that name, or the password does not match (deliberately not told apart).</summary>
    WrongCredentials = 11,

    /// <summary>The account is banned.</summary>
    Banned = 12,

    /// <summary>The session token is unknown, expired or replaced.</summary>
    SessionInvalid = 13,

    /// <summary>The nickname is owned by another user.</summary>
    NicknameTaken = 20,

    /// <summary>The nickname breaks the length or character rules.</summary>
    NicknameInvalid = 21,

    /// <summary>A nickname is chosen once; this user already has one.</summary>
    NicknameAlreadySet = 22,

    /// <summary>The balance would go below zero.</summary>
    InsufficientFunds = 30,

    /// <summary>The balance the caller saw is not the balance (the seed's 铜钱不一致).</summary>
    BalanceMismatch = 31,

    /// <summary>The operation id was used before for a different operation.</summary>
    OperationConflict = 32,

    /// <summary>The change could not be made durable; nothing was applied. Retry with the same operation id.</summary>
    StorageUnavailable = 40,

    /// <summary>The caller is not allowed to do this.</summary>
    Forbidden = 50,

    /// <summary>The user does not exist.</summary>
    UserNotFound = 51,

    /// <summary>No table has that id, or it was never created.</summary>
    TableNotFound = 60,

    /// <summary>A table with that id exists already.</summary>
    TableExists = 61,

    /// <summary>Every seat is taken.</summary>
    TableFull = 62,

    /// <summary>The game has started (or ended): seating can no longer change.</summary>
    TableStarted = 63,

    /// <summary>The table's password does not match.</summary>
    WrongPassword = 64,

    /// <summary>The user's level is below the table's minimum.</summary>
    LevelTooLow = 65,

    /// <summary>The user's level is above the table's maximum.</summary>
    LevelTooHigh = 66,

    /// <summary>Only the table's owner may do this.</summary>
    NotOwner = 67,

    /// <summary>The user is at another table; leave it first.</summary>
    AlreadyAtAnotherTable = 68,

    /// <summary>The user has not joined this table.</summary>
    NotAtTable = 69,

    /// <summary>The seat is occupied (or out of range).</summary>
    SeatTaken = 70,

    /// <summary>The decision is for a seat the caller does not hold.</summary>
    NotYourSeat = 71,

    /// <summary>The decision answers a request that is no longer pending, or the seat was not asked.</summary>
    StaleDecision = 72,

    /// <summary>The engine refused the decision as against the rules; nothing changed.</summary>
    IllegalDecision = 73,

    /// <summary>The game cannot start: a seat is empty or a player is not ready.</summary>
    NotReady = 74,

    /// <summary>No game is running at this table (not started yet, or over).</summary>
    GameNotRunning = 75,

    /// <summary>The sender is muted in this chat channel.</summary>
    Muted = 80,

    /// <summary>The sender sent too many chat messages too fast.</summary>
    TooFast = 81,

    /// <summary>The user (or the invited user) is in this ladder's queue already.</summary>
    AlreadyQueued = 90,

    /// <summary>The user is not in this ladder's queue, or the match was already found.</summary>
    NotQueued = 91,

    /// <summary>No such pending invitation (never sent, answered, or expired).</summary>
    NoSuchInvitation = 92,

    /// <summary>The user is not online.</summary>
    UserOffline = 93,

    /// <summary>The user escaped a ranked game and may not queue for this ladder until the cooldown ends.</summary>
    QueueCooldown = 94,
}
