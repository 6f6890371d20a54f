using Orleans.Runtime;
using SanguoOrleans.Grains.Interfaces.Announcements;

namespace SanguoOrleans.Grains.Tests.Announcements;

[Collection(ClusterCollection.Name)]
public class AnnouncementBoardGrainTests(ClusterFixture fixture)
{
    private IAnnouncementBoardGrain NewBoard() => fixture.Grains.GetGrain<IAnnouncementBoardGrain>("board-" + Guid.NewGuid());

    [Fact]
    public async Task Posts_AreNumberedInOrderAndReadNewestFirst()
    {
        var board = NewBoard();

        var first = await board.PostAsync("第一条公告");
        var second = await board.PostAsync("  second, trimmed  ");
        var recent = await board.GetRecentAsync(10);

        Assert.Equal(1, first.Id);
        Assert.Equal(2, second.Id);
        Assert.Equal("second, trimmed", second.Text);
        Assert.Equal([second, first], recent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyText_IsRefusedAndNothingIsStored(string text)
    {
        var board = NewBoard();

        await Assert.ThrowsAsync<ArgumentException>(() => board.PostAsync(text));

        Assert.Empty(await board.GetRecentAsync(10));
    }

    [Fact]
    public async Task TextOverTheLimit_IsRefused()
    {
        var board = NewBoard();

        await Assert.ThrowsAsync<ArgumentException>(() => board.PostAsync(new string('公', Announcement.MaxLength + 1)));
        var atLimit = await board.PostAsync(new string('公', Announcement.MaxLength));

        Assert.Equal(Announcement.MaxLength, atLimit.Text.Length);
    }

    [Fact]
    public async Task OnlyTheNewestHundred_AreKeptAndIdsKeepGrowing()
    {
        var board = NewBoard();
        for (var i = 1; i <= 105; i++)
        {
            await board.PostAsync($"notice {i}");
        }

        var recent = await board.GetRecentAsync(1000);

        Assert.Equal(100, recent.Count);
        Assert.Equal(105, recent[0].Id);
        Assert.Equal(6, recent[^1].Id);
    }

    [Fact]
    public async Task Posts_SurviveTheBoardsDeactivation()
    {
        var board = NewBoard();
        var posted = await board.PostAsync("kept across activations");

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal([posted], await board.GetRecentAsync(5));
    }
}
