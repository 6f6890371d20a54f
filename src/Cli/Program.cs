using System.CommandLine;
using SanguoOrleans.Cli.Commands;

var root = new RootCommand("sanguo: tools for the SanguoOrleans game server")
{
    PingCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
