using System.Net;
using System.Net.Http.Json;
using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;

namespace SanguoOrleans.Gateway.Tests.Chat;

public class ChatMuteTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task UserMutedByAnOperator_IsRefusedWithMuted_UntilTheMuteIsLifted()
    {
        await using var alice = await gateway.ClientAsync();
        var (_, session) = await alice.RegisterAndLoginAsync();
        using var admin = gateway.AdminClient();
        SendChatRequest Say(string text) => new() { Channel = "world", Text = text };

        var mute = await admin.PostAsJsonAsync("chat/mute", new { channel = "world", user_id = session.UserId, minutes = 10 });
        var whileMuted = await alice.AskAsync(new ClientMessage { SendChat = Say("hello?") });
        var lift = await admin.PostAsJsonAsync("chat/mute", new { channel = "world", user_id = session.UserId, minutes = 0 });
        await alice.OkAsync(new ClientMessage { SendChat = Say("hello again") }, Body.ChatSent);

        Assert.Equal(HttpStatusCode.OK, mute.StatusCode);
        Assert.Equal(Protocol.ErrorCode.Muted, whileMuted.Error?.Code);
        Assert.Equal(HttpStatusCode.OK, lift.StatusCode);
    }

    [Fact]
    public async Task MuteWithoutAKnownChannelOrWithTooLongADuration_IsRefused()
    {
        using var admin = gateway.AdminClient();

        var badChannel = await admin.PostAsJsonAsync("chat/mute", new { channel = "lobby", user_id = Guid.NewGuid(), minutes = 5 });
        var tooLong = await admin.PostAsJsonAsync("chat/mute", new { channel = "world", user_id = Guid.NewGuid(), minutes = 100_000 });
        var noKey = await gateway.AdminClient(key: null).PostAsJsonAsync("chat/mute", new { channel = "world", user_id = Guid.NewGuid(), minutes = 5 });

        Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }
}
