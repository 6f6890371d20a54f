using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;

namespace SanguoOrleans.Gateway.Tests.Chat;

public class TableOwnerMuteTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task TableOwner_MutesAPlayerInTheTableChannel_UntilTheMuteIsLifted()
    {
        await using var owner = await gateway.ClientAsync();
        await using var guest = await gateway.ClientAsync();
        await owner.RegisterAndLoginAsync();
        var (_, guestSession) = await guest.RegisterAndLoginAsync();
        var channel = await TableChannelWithGuestAsync(owner, guest);

        var muted = await owner.OkAsync(Mute(channel, guestSession.UserId, minutes: 10), Body.ChatMuted);
        var whileMuted = await guest.AskAsync(Say(channel, "can you hear me?"));
        await owner.OkAsync(Mute(channel, guestSession.UserId, minutes: 0), Body.ChatMuted);
        await guest.OkAsync(Say(channel, "and now?"), Body.ChatSent);

        Assert.Equal(guestSession.UserId, muted.ChatMuted.UserId);
        Assert.True(muted.ChatMuted.UntilUnixMs > DateTimeOffset.UtcNow.AddMinutes(9).ToUnixTimeMilliseconds());
        Assert.Equal(Protocol.ErrorCode.Muted, whileMuted.Error?.Code);
    }

    [Fact]
    public async Task MuteByAPlayerWhoDoesNotOwnTheTable_IsRefusedWithNotOwner_AndTheOwnerMaySpeak()
    {
        await using var owner = await gateway.ClientAsync();
        await using var guest = await gateway.ClientAsync();
        var (_, ownerSession) = await owner.RegisterAndLoginAsync();
        await guest.RegisterAndLoginAsync();
        var channel = await TableChannelWithGuestAsync(owner, guest);

        var refused = await guest.AskAsync(Mute(channel, ownerSession.UserId, minutes: 10));

        Assert.Equal(Protocol.ErrorCode.NotOwner, refused.Error?.Code);
        await owner.OkAsync(Say(channel, "still here"), Body.ChatSent);
    }

    [Fact]
    public async Task MuteInTheWorldChannel_IsRefusedWithNotOwner()
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();

        var refused = await client.AskAsync(Mute("world", Guid.NewGuid().ToString(), minutes: 10));

        Assert.Equal(Protocol.ErrorCode.NotOwner, refused.Error?.Code);
    }

    [Theory]
    [InlineData("not a user id", 10)]
    [InlineData(null, -1)]
    [InlineData(null, 7 * 24 * 60 + 1)]
    public async Task MuteWithoutAUserIdOrWithADurationOutOfRange_IsRefusedWithInvalidArgument(string? userId, int minutes)
    {
        await using var client = await gateway.ClientAsync();
        await client.RegisterAndLoginAsync();

        var refused = await client.AskAsync(Mute("world", userId ?? Guid.NewGuid().ToString(), minutes));

        Assert.Equal(Protocol.ErrorCode.InvalidArgument, refused.Error?.Code);
    }

    /// <summary>The owner creates a table the guest then joins; returns the table's chat channel.</summary>
    private static async Task<string> TableChannelWithGuestAsync(Cli.Commands.Bots.GameClient owner, Cli.Commands.Bots.GameClient guest)
    {
        var created = await owner.OkAsync(
            new ClientMessage { CreateTable = new CreateTableRequest { Name = "muted chat", Mode = GameMode.Identity5 } }, Body.TableSnapshot);
        var tableId = created.TableSnapshot.Info.TableId;
        await guest.OkAsync(new ClientMessage { JoinTable = new JoinTableRequest { TableId = tableId } }, Body.TableSnapshot);
        return "table:" + tableId;
    }

    private static ClientMessage Mute(string channel, string userId, int minutes) =>
        new() { MuteChat = new MuteChatRequest { Channel = channel, UserId = userId, Minutes = minutes } };

    private static ClientMessage Say(string channel, string text) =>
        new() { SendChat = new SendChatRequest { Channel = channel, Text = text } };
}
