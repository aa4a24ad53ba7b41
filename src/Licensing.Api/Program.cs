using Licensing.Api.Hosting;

var command = StartupTasks.CommandIn(args);
var builder = WebApplication.CreateBuilder(args.Where(a => a != command).ToArray());
builder.AddLicensing();
if (command is not null) builder.LogToStandardError();
var app = builder.Build();

if (command is not null)
{
    await app.RunCommandAsync(command);
    return;
}

await app.InitializeDatabaseAsync();
app.UseLicensing();
app.Run();

public partial class Program;
