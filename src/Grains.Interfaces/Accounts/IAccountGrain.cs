namespace SanguoOrleans.Grains.Interfaces.Accounts;

/// <summary>
/// One account name (the grain key is <see cref="AccountNames.Key"/> of it): its password hash and
/// the user id it belongs to. Being one activation per name, it is also the lock that keeps names unique.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account and its user; refused when the name is taken or the password too weak.</summary>
    Task<Outcome<Guid>> RegisterAsync(string password);

    /// <summary>The user id when the password matches and the account is not banned.</summary>
    Task<Outcome<Guid>> AuthenticateAsync(string password);

    /// <summary>The user id of this account, or null when it was never registered.</summary>
    Task<Guid?> GetUserIdAsync();

    /// <summary>Whether the account is banned (false for a name never registered).</summary>
    Task<bool> IsBannedAsync();

    /// <summary>Bans or unbans the account; a ban refuses future logins (operator tool).</summary>
    Task SetBannedAsync(bool banned, string reason);
}
