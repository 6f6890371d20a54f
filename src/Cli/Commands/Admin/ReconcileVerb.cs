using System.CommandLine;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary><c>sanguo admin reconcile</c>: recomputes every balance from the ledger and lists the differences.</summary>
internal static class ReconcileVerb
{
    public static Command Create()
    {
        var command = new Command("reconcile", "Checks every stored balance against its ledger; \"consistent\": false lists the differences.");
        AdminCommand.Send(command, _ => new AdminRequest(HttpMethod.Post, "reconcile"));
        return command;
    }
}
