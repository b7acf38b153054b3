def call():
    return "api.call"
