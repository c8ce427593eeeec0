"""Actor coding: who acts in an article, as country/IGO code and sector (PLOVER actors).

``code_actors(doc)`` is the pipeline contract; ``build_actors(doc)`` also returns the token ->
actor map that the event coder uses to read sources and targets off the parse.
"""

from communique.actors.coder import ActorIndex, build_actors, code_actors

__all__ = ["ActorIndex", "build_actors", "code_actors"]
