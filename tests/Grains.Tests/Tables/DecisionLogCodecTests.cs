using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;
using SanguoOrleans.Grains.Tables;

namespace SanguoOrleans.Grains.Tests.Tables;

public class DecisionLogCodecTests
{
    [Fact]
    public void Stored_log_decodes_to_every_decision_of_a_whole_game_field_for_field()
    {
        var log = Simulator.PlayOne(new GameSettings(GameMode.Identity8), 99).DecisionLog;
        var stored = new StoredDecisionLog();
        stored.CatchUp(log.Take(log.Count / 2).ToList());
        stored.CatchUp(log);

        var decoded = DecisionLogCodec.Decode(stored.ToArray());

        Assert.Equal(log.Count, stored.Count);
        Assert.Equal(log.Select(Text), decoded.Select(Text));
    }

    [Fact]
    public void Decoded_log_keeps_negative_numbers_large_ids_and_chinese_text()
    {
        Decision[] odd = [new(int.MaxValue, 7, false, [-1, 0, 160], [int.MinValue], "杀", "关羽"), new(0, 0, true, [], [])];
        var stored = new StoredDecisionLog();
        stored.CatchUp(odd);

        Assert.Equal(odd.Select(Text), DecisionLogCodec.Decode(stored.ToArray()).Select(Text));
    }

    [Fact]
    public void Log_of_an_unknown_format_is_refused_rather_than_misread()
    {
        Assert.Throws<InvalidDataException>(() => DecisionLogCodec.Decode([99, 1, 2, 3]));
    }

    // Records compare lists by reference; their text compares them by content.
    private static string Text(Decision d) =>
        $"{d.RequestId}|{d.Seat}|{d.Pass}|{string.Join(',', d.Cards)}|{string.Join(',', d.Targets)}|{d.Option}|{d.Hero}";
}
