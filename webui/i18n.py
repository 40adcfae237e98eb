"""The site's languages: Thai first, English second (the switch in the header)."""

LANGUAGES = ("th", "en")
