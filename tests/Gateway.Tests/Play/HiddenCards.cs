using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Gateway.Tests.Play;

/// <summary>Checks that a connection was never sent a card its player may not see.</summary>
internal static class HiddenCards
{
    /// <summary>Fails on any push that names a card held in another player's hand or in the draw pile.</summary>
    public static void AssertNoneLeaked(int viewer, IEnumerable<ServerMessage> pushes)
    {
        foreach (var push in pushes)
        {
            if (push.BodyCase != ServerMessage.BodyOneofCase.GameAdvanced)
            {
                continue;
            }

            foreach (var e in PushDecoding.Events(push.GameAdvanced))
            {
                Assert.True(e.IsVisibleTo(viewer), $"seat {viewer} was sent an event meant for others: {e}");
                var hiddenFrom = Hidden(e.From, e.FromSeat, viewer);
                var hiddenTo = Hidden(e.To, e.ToSeat, viewer);
                if (e.Kind == EventKind.CardsMoved && hiddenFrom && hiddenTo)
                {
                    Assert.True(e.Cards is null || e.Cards.Count == 0, $"seat {viewer} saw the ids of cards moving between hidden zones: {e}");
                }
            }

            if (PushDecoding.Request(push.GameAdvanced.PendingJson) is { } request)
            {
                Assert.Equal(viewer, request.Seat);
            }
        }
    }

    /// <summary>Fails when a view shows any hand but the viewer's own.</summary>
    public static void AssertViewShowsOnlyOwnHand(TableSnapshot snapshot)
    {
        if (PushDecoding.View(snapshot.ViewJson) is not { } view)
        {
            return;
        }

        Assert.All(view.Seats.Where(s => s.Seat != snapshot.Viewer), s => Assert.Empty(s.Hand));
    }

    private static bool Hidden(ZoneKind zone, int seat, int viewer) => zone == ZoneKind.DrawPile || (zone == ZoneKind.Hand && seat != viewer);
}
