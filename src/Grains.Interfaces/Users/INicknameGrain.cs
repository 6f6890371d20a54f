namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>
/// One nickname (the grain key is <see cref="Nicknames.Key"/> of it) and the user who owns it:
/// claims race through this single activation, so no two users ever hold the same name.
/// </summary>
public interface INicknameGrain : IGrainWithStringKey
{
    /// <summary>Claims the name for <paramref name="userId"/>; succeeds again for its owner, refused for anyone else.</summary>
    Task<Outcome<Guid>> ClaimAsync(Guid userId);

    /// <summary>The owner, or null when the name is free.</summary>
    Task<Guid?> GetOwnerAsync();
}
