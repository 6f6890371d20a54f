using System.Net;

namespace SanguoOrleans.Gateway.Tests.Admin;

[Collection(AdminCollection.Name)]
public class AdminKeyTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_request_without_the_key_is_refused_with_401()
    {
        using var admin = gateway.AdminClient(key: null);

        await AdminHttp.ExpectRefusalAsync(await admin.PostAsync("reconcile", null), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData(GatewayFixture.AdminKey + "x")]
    public async Task A_request_with_a_wrong_key_is_refused_with_401(string key)
    {
        using var admin = gateway.AdminClient(key);

        await AdminHttp.ExpectRefusalAsync(await admin.GetAsync($"users/{Guid.NewGuid()}"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_request_with_the_key_gets_through()
    {
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectAsync(await admin.PostAsync("reconcile", null), HttpStatusCode.OK);
    }
}
