using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests;

/// <summary>Short ways to say the requests tests send, and to check their replies.</summary>
internal static class Requests
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public const string Password = "correct horse";

    public static string NewAccount() => "u" + Guid.NewGuid().ToString("N")[..16];

    public static async Task<ServerMessage> AskAsync(this GameClient client, ClientMessage request) =>
        await client.RequestAsync(request).WaitAsync(Timeout);

    /// <summary>Asks and asserts the reply has the expected body (not an error).</summary>
    public static async Task<ServerMessage> OkAsync(this GameClient client, ClientMessage request, ServerMessage.BodyOneofCase expected)
    {
        var reply = await client.AskAsync(request);
        Assert.True(reply.BodyCase == expected, $"expected {expected}, got {reply}");
        return reply;
    }

    /// <summary>Registers a fresh account and logs this connection in; returns the account name and the session.</summary>
    public static async Task<(string Account, SessionReply Session)> RegisterAndLoginAsync(this GameClient client, string? account = null)
    {
        account ??= NewAccount();
        await client.OkAsync(new ClientMessage { Register = new RegisterRequest { Account = account, Password = Password } }, ServerMessage.BodyOneofCase.Registered);
        var login = await client.OkAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = Password } }, ServerMessage.BodyOneofCase.Session);
        return (account, login.Session);
    }

    /// <summary>Creates a table (the caller at seat 0, connected), fills the other seats with AI and starts it.</summary>
    public static async Task<TableSnapshot> StartAgainstAiAsync(this GameClient client, ulong seed, int seats = 5, uint aiDelayMs = 0)
    {
        var created = await client.OkAsync(
            new ClientMessage { CreateTable = new CreateTableRequest { Name = "vs ai", Private = true, Seed = seed, AiDelayMs = aiDelayMs, Mode = seats == 8 ? GameMode.Identity8 : GameMode.Identity5 } },
            ServerMessage.BodyOneofCase.TableSnapshot);
        var tableId = created.TableSnapshot.Info.TableId;
        for (var seat = 1; seat < seats; seat++)
        {
            await client.OkAsync(new ClientMessage { AddAi = new AddAiRequest { TableId = tableId, Seat = seat } }, ServerMessage.BodyOneofCase.Table);
        }

        var started = await client.OkAsync(new ClientMessage { StartTable = new StartTableRequest { TableId = tableId } }, ServerMessage.BodyOneofCase.Table);
        Assert.NotEqual(TableStatus.Open, started.Table.Status);
        return created.TableSnapshot;
    }

    /// <summary>Waits for the next push of the given kind, skipping others.</summary>
    public static async Task<ServerMessage> NextPushAsync(this GameClient client, ServerMessage.BodyOneofCase kind)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var push = await client.Pushes.ReadAsync(timeout.Token);
            if (push.BodyCase == kind)
            {
                return push;
            }
        }
    }

    /// <summary>Whether the server closes the connection within the time-out.</summary>
    public static async Task<bool> IsClosedAsync(this GameClient client)
    {
        try
        {
            await client.Closed.WaitAsync(Timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
