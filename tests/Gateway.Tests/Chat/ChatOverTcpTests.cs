using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;

namespace SanguoOrleans.Gateway.Tests.Chat;

public class ChatOverTcpTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task MessageSentToTheWorldChannel_IsPushedToAnotherClientThatJoinedIt()
    {
        await using var alice = await gateway.ClientAsync();
        await using var bob = await gateway.ClientAsync();
        var (_, aliceSession) = await alice.RegisterAndLoginAsync();
        await bob.RegisterAndLoginAsync();
        await alice.OkAsync(new ClientMessage { JoinChat = new JoinChatRequest { Channel = "world" } }, Body.ChatHistory);
        await bob.OkAsync(new ClientMessage { JoinChat = new JoinChatRequest { Channel = "world" } }, Body.ChatHistory);
        var text = "大家好 " + Guid.NewGuid();

        await alice.OkAsync(new ClientMessage { SendChat = new SendChatRequest { Channel = "world", Text = text } }, Body.ChatSent);

        var push = await NextChatPushAsync(bob, text);
        Assert.Equal("world", push.ChatMessage.Channel);
        Assert.Equal(aliceSession.UserId, push.ChatMessage.SenderUserId);
        Assert.True(push.Seq > 0);
    }

    [Fact]
    public async Task MessageOverTwoHundredCharacters_IsRefusedWithInvalidArgument()
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();

        var reply = await client.AskAsync(new ClientMessage { SendChat = new SendChatRequest { Channel = "world", Text = new string('x', 201) } });

        Assert.Equal(Protocol.ErrorCode.InvalidArgument, reply.Error?.Code);
    }

    private static async Task<ServerMessage> NextChatPushAsync(Cli.Commands.Bots.GameClient client, string text)
    {
        using var timeout = new CancellationTokenSource(Requests.Timeout);
        await foreach (var push in client.Pushes.ReadAllAsync(timeout.Token))
        {
            if (push.BodyCase == Body.ChatMessage && push.ChatMessage.Text == text)
            {
                return push;
            }
        }

        throw new InvalidOperationException("The connection closed before the chat message arrived.");
    }
}
