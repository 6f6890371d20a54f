using System.Net;
using SanguoOrleans.Grains.Interfaces;

namespace SanguoOrleans.Gateway.Tests.Admin;

[Collection(AdminCollection.Name)]
public class AdminLookupTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_user_is_found_by_id_account_name_and_nickname_alike()
    {
        var (account, userId) = await AdminHttp.RegisterAsync(gateway);
        var nickname = await AdminHttp.ChooseNicknameAsync(gateway, userId);
        using var admin = gateway.AdminClient();

        foreach (var query in new[] { $"users/{userId}", $"users?account={account.ToUpperInvariant()}", $"users?nickname={nickname}" })
        {
            var user = await AdminHttp.ExpectAsync(await admin.GetAsync(query), HttpStatusCode.OK);
            var profile = user.GetProperty("profile");
            Assert.Equal(userId, profile.GetProperty("user_id").GetGuid());
            Assert.Equal(account, profile.GetProperty("account_name").GetString());
            Assert.Equal(nickname, profile.GetProperty("nickname").GetString());
            Assert.Equal(0, user.GetProperty("balance").GetProperty("tongqian").GetInt64());
            Assert.Equal(0, user.GetProperty("balance").GetProperty("yuanbao").GetInt64());
            Assert.False(user.GetProperty("online").GetBoolean());
        }
    }

    [Fact]
    public async Task An_unknown_user_account_or_nickname_is_404()
    {
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectRefusalAsync(await admin.GetAsync($"users/{Guid.NewGuid()}"), HttpStatusCode.NotFound, RefusalCode.UserNotFound);
        await AdminHttp.ExpectRefusalAsync(await admin.GetAsync("users?account=nobody_here"), HttpStatusCode.NotFound, RefusalCode.UserNotFound);
        await AdminHttp.ExpectRefusalAsync(await admin.GetAsync("users?nickname=nobody"), HttpStatusCode.NotFound, RefusalCode.UserNotFound);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("users?account=a_name&nickname=nick")]
    [InlineData("users?account=x")]
    [InlineData("users?nickname=has%20space")]
    public async Task A_lookup_that_names_no_single_valid_key_is_400(string query)
    {
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectRefusalAsync(await admin.GetAsync(query), HttpStatusCode.BadRequest, RefusalCode.InvalidArgument);
    }
}
