using System.Globalization;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ClientMessage.BodyOneofCase;
using RoguelikeState = SanguoOrleans.Protocol.RoguelikeState;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>山河图: the user's act grain does the work; changes are not retried, reads are.</summary>
internal sealed partial class RequestDispatcher
{
    private async Task RoguelikeAsync(ClientMessage request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        var act = RoguelikeIds.Act(grains, session.UserId!.Value);
        if (request.BodyCase == Body.RoguelikeFight)
        {
            var battle = await ChangeAsync(act.FightAsync, ct).ConfigureAwait(false);
            if (!Refused(battle, reply))
            {
                reply.RoguelikeBattle = new RoguelikeBattle { TableId = battle.Value! };
            }

            return;
        }

        var view = request.BodyCase switch
        {
            Body.StartRoguelikeRun => await ChangeAsync(() => act.StartRunAsync(request.StartRoguelikeRun.Hero), ct).ConfigureAwait(false),
            Body.RoguelikeMove => await ChangeAsync(() => act.MoveAsync(request.RoguelikeMove.Node), ct).ConfigureAwait(false),
            Body.RoguelikeClaim => await ChangeAsync(() => act.ClaimAsync(request.RoguelikeClaim.Node), ct).ConfigureAwait(false),
            Body.RoguelikeBuy => await ChangeAsync(() => act.BuyAsync(request.RoguelikeBuy.Node, request.RoguelikeBuy.Boon), ct).ConfigureAwait(false),
            _ => await ReadAsync(act.GetAsync, ct).ConfigureAwait(false),
        };
        if (!Refused(view, reply))
        {
            reply.Roguelike = ToProto(view.Value!);
        }
    }

    private static RoguelikeState ToProto(RoguelikeView view)
    {
        var state = new RoguelikeState
        {
            Season = view.Season,
            Stamina = view.Stamina,
            DailyStamina = view.DailyStamina,
            ResetDay = view.ResetDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            RunNumber = view.RunNumber,
            Status = (RoguelikeRunStatus)view.Status,
            Hero = view.Hero ?? "",
            Hp = view.Hp,
            MaxHp = view.MaxHp,
            Position = view.Position,
            BattleTable = view.BattleTable ?? "",
        };
        state.Boons.AddRange(view.Boons);
        state.Cleared.AddRange(view.Cleared);
        state.Claimed.AddRange(view.Claimed);
        state.Unclaimed.Add(view.Unclaimed.ToDictionary(p => p.Key, p => p.Value));
        state.Shop.AddRange(view.Shop.Select(o => new RoguelikeShopOffer { Boon = o.Boon, Price = o.Price, Bought = o.Bought }));
        state.Map.AddRange(view.Map.Select(n => new RoguelikeNode { Id = n.Id, Floor = n.Floor, Kind = (RoguelikeNodeKind)n.Kind, Next = { n.Next } }));
        return state;
    }
}
