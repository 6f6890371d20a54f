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
}
