"""The application package."""
from importlib import resources

VERSION = '1.2'


def read_data():
    return resources.files(__name__).joinpath('settings.txt').read_text(encoding='utf-8')


def resource_names():
    return sorted(p.name for p in resources.files(__name__).iterdir() if p.name.endswith('.txt'))
