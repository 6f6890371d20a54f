using SanguoOrleans.Grains.Interfaces.Accounts;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Tests.Users;

/// <summary>Registers fresh users through the real account path.</summary>
internal static class TestUsers
{
    public static async Task<IUserGrain> RegisterAsync(IGrainFactory grains)
    {
        var name = "u_" + Guid.NewGuid().ToString("N")[..12];
        var registered = await grains.GetGrain<IAccountGrain>(AccountNames.Key(name)).RegisterAsync("password-" + name);
        Assert.True(registered.Ok, registered.Refusal?.Message);
        return grains.GetGrain<IUserGrain>(registered.Value);
    }

    public static string NewNickname() => "n" + Guid.NewGuid().ToString("N")[..10];
}
