using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;
using Currency = SanguoOrleans.Grains.Interfaces.Wallet.Currency;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;
using GameResult = SanguoOrleans.Game.Flow.GameResult;
using GameSettings = SanguoOrleans.Game.Modes.GameSettings;
using RoguelikeState = SanguoOrleans.Protocol.RoguelikeState;
using SeatInfo = SanguoOrleans.Grains.Interfaces.Tables.SeatInfo;
using SeatOccupant = SanguoOrleans.Grains.Interfaces.Tables.SeatOccupant;
using WinningSide = SanguoOrleans.Game.Flow.WinningSide;

namespace SanguoOrleans.Gateway.Tests.Roguelike;

public class RoguelikeShopRequestTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_player_at_a_shop_sees_its_offers_buys_one_once_and_pays_its_price()
    {
        var (client, me, atShop) = await AtShopAsync();
        await using var _ = client;
        var wallet = gateway.Grains.GetGrain<IUserGrain>(me);
        Assert.True((await wallet.ApplyWalletOperationAsync(new WalletOperation("fund-" + Guid.NewGuid().ToString("N"), Currency.Tongqian, 300, "test funds"))).Ok);
        var offer = atShop.Shop[0];

        var bought = (await client.OkAsync(Buy(atShop.Position, offer.Boon), Body.Roguelike)).Roguelike;
        var again = await client.AskAsync(Buy(atShop.Position, atShop.Shop[1].Boon));
        var elsewhere = await client.AskAsync(Buy(0, offer.Boon));
        var balance = (await client.OkAsync(new ClientMessage { GetBalance = new GetBalanceRequest() }, Body.Balance)).Balance;

        Assert.Equal(3, atShop.Shop.Select(o => o.Boon).Distinct().Count());
        Assert.All(atShop.Shop, o => Assert.InRange(o.Price, 60, 120));
        Assert.Empty(atShop.Boons);
        Assert.Equal([offer.Boon], bought.Boons);
        Assert.Equal([true, false, false], bought.Shop.Select(o => o.Bought));
        Assert.Equal(ErrorCode.OperationConflict, again.Error.Code);
        Assert.Equal(ErrorCode.InvalidArgument, elsewhere.Error.Code);
        Assert.Equal(300 - offer.Price, balance.Tongqian);
    }

    private static ClientMessage Buy(int node, string boon) => new() { RoguelikeBuy = new RoguelikeBuyRequest { Node = node, Boon = boon } };

    /// <summary>A fresh player whose map has a shop on floor 2, standing at it; the battle on the way is reported won.</summary>
    private async Task<(GameClient Client, Guid User, RoguelikeState AtShop)> AtShopAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var client = await gateway.ClientAsync();
            var (_, session) = await client.RegisterAndLoginAsync();
            var me = Guid.Parse(session.UserId);
            var started = (await client.OkAsync(new ClientMessage { StartRoguelikeRun = new StartRoguelikeRunRequest { Hero = "zhaoyun" } }, Body.Roguelike)).Roguelike;
            var route = started.Map[0].Next
                .SelectMany(battle => started.Map[battle].Next.Select(shop => (Battle: battle, Shop: shop)))
                .FirstOrDefault(r => started.Map[r.Shop].Kind == RoguelikeNodeKind.RoguelikeNodeShop);
            if (started.Map[route.Shop].Kind != RoguelikeNodeKind.RoguelikeNodeShop)
            {
                await client.DisposeAsync();
                continue;
            }

            await client.OkAsync(new ClientMessage { RoguelikeMove = new RoguelikeMoveRequest { Node = route.Battle } }, Body.Roguelike);
            var tableId = (await client.OkAsync(new ClientMessage { RoguelikeFight = new RoguelikeFightRequest() }, Body.RoguelikeBattle)).RoguelikeBattle.TableId;
            await RoguelikeIds.Act(gateway.Grains, me).TableFinishedAsync(WonBy(me, tableId));
            await gateway.Grains.GetGrain<ITableGrain>(tableId).LeaveAsync(me);
            var atShop = (await client.OkAsync(new ClientMessage { RoguelikeMove = new RoguelikeMoveRequest { Node = route.Shop } }, Body.Roguelike)).Roguelike;
            return (client, me, atShop);
        }

        throw new InvalidOperationException("No map with a shop on floor 2 in 200 runs.");
    }

    private static TableReplay WonBy(Guid user, string tableId) => new(
        tableId,
        new TableSettings("山河图 test", new GameSettings()),
        1,
        [],
        [new SeatInfo(0, SeatOccupant.Human, user, true, false, true, false), new SeatInfo(1, SeatOccupant.Ai, null, true, true, true, false)],
        new GameResult(WinningSide.Team, [0], [], 1, 1));
}
