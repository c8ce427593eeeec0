"""The Typer application object every command module registers on."""

import typer

app = typer.Typer(
    name="communique",
    help="Turn news articles into a verifiable record of who said and did what to whom.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(help="Score Communique against its gold sets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
