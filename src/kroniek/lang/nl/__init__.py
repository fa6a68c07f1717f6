"""Dutch: closed-class words, cues, lexicons and rule tables for kroniek's stages (data in ``data/``)."""

from .. import package_language

LANGUAGE = package_language(__name__, "nl", "Dutch", model="nl", caseless_model="nl-caseless")
