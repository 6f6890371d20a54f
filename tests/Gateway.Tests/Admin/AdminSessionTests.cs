using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Accounts;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Gateway.Tests.Admin;

[Collection(AdminCollection.Name)]
public class AdminSessionTests(GatewayFixture gateway)
{
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_kick_ends_the_live_session_and_tells_the_connection_why()
    {
        var (_, userId) = await AdminHttp.RegisterAsync(gateway);
        var (connection, observer) = CreateObserver();
        var user = gateway.Grains.GetGrain<IUserGrain>(userId);
        Assert.True((await user.OpenSessionAsync(observer)).Ok);
        using var admin = gateway.AdminClient();
        var before = await AdminHttp.ExpectAsync(await admin.GetAsync($"users/{userId}"), HttpStatusCode.OK);

        var kicked = await AdminHttp.ExpectAsync(await admin.PostAsync($"users/{userId}/kick", null), HttpStatusCode.OK);

        Assert.True(before.GetProperty("online").GetBoolean());
        Assert.True(kicked.GetProperty("was_online").GetBoolean());
        Assert.Equal(SessionEndReason.Kicked, await connection.Ended.Task.WaitAsync(NoticeTimeout));
        Assert.False(await user.IsOnlineAsync());
    }

    [Fact]
    public async Task Kicking_an_unknown_user_is_404()
    {
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectRefusalAsync(await admin.PostAsync($"users/{Guid.NewGuid()}/kick", null), HttpStatusCode.NotFound, RefusalCode.UserNotFound);
    }

    [Fact]
    public async Task A_ban_refuses_login_and_ends_the_session_and_an_unban_restores_login()
    {
        var (account, userId) = await AdminHttp.RegisterAsync(gateway);
        var accountGrain = gateway.Grains.GetGrain<IAccountGrain>(AccountNames.Key(account));
        var (connection, observer) = CreateObserver();
        Assert.True((await gateway.Grains.GetGrain<IUserGrain>(userId).OpenSessionAsync(observer)).Ok);
        using var admin = gateway.AdminClient();

        var banned = await AdminHttp.ExpectAsync(await admin.PostAsJsonAsync($"accounts/{account}/ban", new { reason = "botting" }), HttpStatusCode.OK);
        var loginWhileBanned = await accountGrain.AuthenticateAsync(AdminHttp.Password);
        var lookupWhileBanned = await AdminHttp.ExpectAsync(await admin.GetAsync(new Uri($"users/{userId}", UriKind.Relative)), HttpStatusCode.OK);
        await AdminHttp.ExpectAsync(await admin.PostAsJsonAsync($"accounts/{account}/unban", new { reason = "appeal accepted" }), HttpStatusCode.OK);
        var loginAfterUnban = await accountGrain.AuthenticateAsync(AdminHttp.Password);
        var lookupAfterUnban = await AdminHttp.ExpectAsync(await admin.GetAsync(new Uri($"users/{userId}", UriKind.Relative)), HttpStatusCode.OK);

        Assert.Equal(userId, banned.GetProperty("user_id").GetGuid());
        Assert.True(banned.GetProperty("banned").GetBoolean());
        Assert.Equal(SessionEndReason.Banned, await connection.Ended.Task.WaitAsync(NoticeTimeout));
        Assert.Equal(RefusalCode.Banned, loginWhileBanned.Refusal?.Code);
        Assert.True(lookupWhileBanned.GetProperty("banned").GetBoolean());
        Assert.False(lookupAfterUnban.GetProperty("banned").GetBoolean());
        Assert.True(loginAfterUnban.Ok, loginAfterUnban.Refusal?.Message);
        Assert.Equal(userId, loginAfterUnban.Value);
    }

    [Fact]
    public async Task Banning_an_unknown_account_is_404_and_a_ban_without_a_reason_is_400()
    {
        var (account, _) = await AdminHttp.RegisterAsync(gateway);
        using var admin = gateway.AdminClient();

        await AdminHttp.ExpectRefusalAsync(await admin.PostAsJsonAsync("accounts/nobody_here/ban", new { reason = "r" }), HttpStatusCode.NotFound, RefusalCode.UserNotFound);
        await AdminHttp.ExpectRefusalAsync(await admin.PostAsJsonAsync($"accounts/{account}/ban", new { reason = "" }), HttpStatusCode.BadRequest, RefusalCode.InvalidArgument);
    }

    [Fact]
    public async Task An_account_created_by_an_operator_can_log_in_and_its_name_cannot_be_taken_twice()
    {
        var account = "op_" + Guid.NewGuid().ToString("N")[..12];
        using var admin = gateway.AdminClient();

        var created = await AdminHttp.ExpectAsync(await admin.PostAsJsonAsync("accounts", new { account, password = AdminHttp.Password }), HttpStatusCode.Created);
        var again = await admin.PostAsJsonAsync("accounts", new { account, password = AdminHttp.Password });
        var login = await gateway.Grains.GetGrain<IAccountGrain>(AccountNames.Key(account)).AuthenticateAsync(AdminHttp.Password);

        Assert.Equal(login.Value, created.GetProperty("user_id").GetGuid());
        await AdminHttp.ExpectRefusalAsync(again, HttpStatusCode.Conflict, RefusalCode.AccountTaken);
    }

    private (RecordingObserver Connection, ISessionObserver Reference) CreateObserver()
    {
        var connection = new RecordingObserver();
        var reference = gateway.Services.GetRequiredService<IClusterClient>().CreateObjectReference<ISessionObserver>(connection);
        return (connection, reference);
    }

    /// <summary>Stands in for a gateway connection: remembers why its session ended.</summary>
    private sealed class RecordingObserver : ISessionObserver
    {
        public TaskCompletionSource<SessionEndReason> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task SessionEnded(SessionEndReason reason)
        {
            Ended.TrySetResult(reason);
            return Task.CompletedTask;
        }
    }
}
