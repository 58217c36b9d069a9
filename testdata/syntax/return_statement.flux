f = () => {
    return 1
}
