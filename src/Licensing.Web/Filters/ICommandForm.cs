namespace Licensing.Web.Filters;

/// <summary>
/// A page's form that maps its fields onto a use case's command. <see cref="ValidationPageFilter"/> validates the command
/// it gives, so the use case's validator is the only one, and keys each error by the form's field of the same name.
/// </summary>
public interface ICommandForm<out TCommand>
{
    TCommand ToCommand();
}
