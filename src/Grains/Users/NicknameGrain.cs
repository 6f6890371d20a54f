using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Users;

internal sealed class NicknameGrain(
    [PersistentState("nickname", StorageNames.Default)] IPersistentState<NicknameOwner> owner) : Grain, INicknameGrain
{
    public async Task<Outcome<Guid>> ClaimAsync(Guid userId)
    {
        if (owner.RecordExists)
        {
            return owner.State.UserId == userId
                ? Outcome.Success(userId)
                : Outcome.Refused<Guid>(RefusalCode.NicknameTaken, "That nickname is taken.");
        }

        owner.State.UserId = userId;
        await owner.WriteStateAsync();
        return Outcome.Success(userId);
    }

    public Task<Guid?> GetOwnerAsync() => Task.FromResult<Guid?>(owner.RecordExists ? owner.State.UserId : null);
}
