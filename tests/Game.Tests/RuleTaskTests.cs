using System.Runtime.ExceptionServices;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Tests;

public class RuleTaskTests
{
    [Fact]
    public void A_failed_step_unwinds_every_awaiting_rule_method_without_throwing()
    {
        var signal = new InvalidOperationException("signal");
        var thrown = 0;
        void Count(object? sender, FirstChanceExceptionEventArgs e) => thrown += ReferenceEquals(e.Exception, signal) ? 1 : 0;
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            // Failing while suspended (a pending question answered by the end of the game, say).
            var log = new List<string>();
            var gate = new RuleTask();
            var outer = Outer(gate, log);
            Assert.False(outer.IsCompleted);
            gate.Complete(signal);
            Assert.True(outer.IsCompleted);
            Assert.Same(signal, outer.Error);
            Assert.Equal(["outer", "inner"], log);

            // Failing synchronously, before anything suspended.
            var log2 = new List<string>();
            var failedNow = Outer(RuleTask.Failed(signal), log2);
            Assert.Same(signal, failedNow.Error);
            Assert.Equal(["outer", "inner"], log2);

            // Caught() observes the failure and lets the catching method go on.
            var log3 = new List<string>();
            var catching = Catching(Outer(RuleTask.Failed(signal), log3), log3);
            Assert.True(catching.IsCompleted);
            Assert.Null(catching.Error);
            Assert.Equal(["outer", "inner", "caught signal"], log3);

            Assert.Equal(0, thrown);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
    }

    [Fact]
    public void Code_outside_the_rules_that_awaits_a_failed_step_still_gets_the_error()
    {
        var signal = new InvalidOperationException("signal");
        var error = Assert.Throws<InvalidOperationException>(() => RuleTask.Failed(signal).GetAwaiter().GetResult());
        Assert.Same(signal, error);
    }

    private static async RuleTask Outer(RuleTask step, List<string> log)
    {
        log.Add("outer");
        await Inner(step, log);
        log.Add("outer after");
    }

    private static async RuleTask Inner(RuleTask step, List<string> log)
    {
        log.Add("inner");
        await step;
        log.Add("inner after");
    }

    private static async RuleTask Catching(RuleTask step, List<string> log)
    {
        var error = await step.Caught();
        log.Add("caught " + error?.Message);
    }
}
