using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Chat;

namespace SanguoOrleans.Grains.Tests.Chat;

[Collection(ClusterCollection.Name)]
public class ChatChannelGrainTests(ClusterFixture fixture)
{
    private IChatChannelGrain Channel(string key) => fixture.Grains.GetGrain<IChatChannelGrain>(key);

    private IChatChannelGrain NewPrivateChannel(Guid a, Guid b) => Channel(ChatChannels.Private(a, b));

    [Fact]
    public async Task MessageOverTheLengthLimit_IsRefused_AndNotKeptInHistory()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var channel = NewPrivateChannel(a, b);

        var refused = await channel.SendAsync(a, new string('话', ChatChannels.MaxMessageLength + 1));
        var accepted = await channel.SendAsync(a, new string('话', ChatChannels.MaxMessageLength));

        Assert.Equal(RefusalCode.InvalidArgument, refused.Refusal?.Code);
        Assert.True(accepted.Ok);
        Assert.Equal([accepted.Value!], (await channel.HistoryAsync(b)).Value);
    }

    [Fact]
    public async Task SendingFasterThanTheRateLimit_IsRefused_ForThatUserOnly()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var channel = NewPrivateChannel(a, b);
        for (var i = 0; i < ChatChannels.MessagesPerWindow; i++)
        {
            Assert.True((await channel.SendAsync(a, $"message {i}")).Ok);
        }

        var tooFast = await channel.SendAsync(a, "one too many");
        var otherUser = await channel.SendAsync(b, "my first");

        Assert.Equal(RefusalCode.TooFast, tooFast.Refusal?.Code);
        Assert.Contains("messages per", tooFast.Refusal?.Message, StringComparison.Ordinal);
        Assert.True(otherUser.Ok);
    }

    [Fact]
    public async Task Join_ReturnsOnlyTheMostRecentMessages_OldestFirst()
    {
        var channel = Channel(ChatChannels.World);
        var senders = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToList();
        var sent = new List<ChatMessage>();
        foreach (var sender in senders)
        {
            for (var i = 0; i < ChatChannels.MessagesPerWindow; i++)
            {
                sent.Add((await channel.SendAsync(sender, $"hello {sent.Count}")).Value!);
            }
        }

        var observer = fixture.Grains.CreateObjectReference<IChatObserver>(new Listener());
        var history = await channel.JoinAsync(Guid.NewGuid(), observer);

        Assert.Equal(sent.TakeLast(ChatChannels.HistorySize), history.Value);
    }

    [Fact]
    public async Task MutedUser_IsRefusedWithMuted_UntilTheMuteIsLifted()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var channel = NewPrivateChannel(a, b);

        await channel.MuteAsync(a, TimeSpan.FromMinutes(10), by: null);
        var whileMuted = await channel.SendAsync(a, "can you hear me?");
        await channel.MuteAsync(a, TimeSpan.Zero, by: null);
        var afterLifted = await channel.SendAsync(a, "now?");

        Assert.Equal(RefusalCode.Muted, whileMuted.Refusal?.Code);
        Assert.Contains("muted", whileMuted.Refusal?.Message, StringComparison.Ordinal);
        Assert.True(afterLifted.Ok);
    }

    [Fact]
    public async Task MuteByAUserWhoDoesNotOwnTheChannel_IsRefused_AndTheTargetMaySpeak()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var channel = NewPrivateChannel(a, b);

        var mute = await channel.MuteAsync(a, TimeSpan.FromMinutes(10), by: b);

        Assert.Equal(RefusalCode.NotOwner, mute.Refusal?.Code);
        Assert.True((await channel.SendAsync(a, "still here")).Ok);
    }

    [Fact]
    public async Task PrivateChannel_IsTheSameForBothUsers_AndClosedToOthers()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var observer = fixture.Grains.CreateObjectReference<IChatObserver>(new Listener());

        var outsider = await NewPrivateChannel(a, b).JoinAsync(Guid.NewGuid(), observer);

        Assert.Equal(ChatChannels.Private(a, b), ChatChannels.Private(b, a));
        Assert.Equal(RefusalCode.Forbidden, outsider.Refusal?.Code);
        Assert.True((await NewPrivateChannel(b, a).JoinAsync(b, observer)).Ok);
    }

    private sealed class Listener : IChatObserver
    {
        public Task Received(ChatMessage message) => Task.CompletedTask;
    }
}
